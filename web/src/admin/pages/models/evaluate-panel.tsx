import { type JSX, useState } from "react";
import { ApiError, apiRequest } from "../../lib/api-client.js";
import type { ModelEvaluation, ModelTask, ModelVersion } from "../../lib/model-types.js";
import { parseExamples } from "../../lib/parse-examples.js";
import { useAdminStrings } from "../../lib/use-admin-strings.js";
import { EvaluationFigures } from "./evaluation-figures.js";

// A few hand-written messages per task, so an admin can try the evaluation at once.
const SAMPLES: Record<ModelTask, string> = {
  intent: [
    "I want to send back the shoes, they don't fit | return",
    "where is my parcel? | logistics",
    "我要取消订单 | cancel_order",
    "能开发票吗 | invoice",
    "the keyboard stopped working after a month | warranty",
    "转人工 | human_agent",
    "thanks a lot! | thanks",
    "我的退款什么时候到账 | refund_status",
  ].join("\n"),
  sentiment: [
    "This is the third time I ask, terrible service | negative",
    "包装很好，物流也快 | positive",
    "I ordered a blue shirt last week | neutral",
    "太失望了，再也不买了 | negative",
    "great, thank you so much | positive",
    "订单号是 W0010005 | neutral",
  ].join("\n"),
};

/** Scores one version on examples the admin pastes (POST /models/:task/versions/:id/evaluate). */
export function EvaluatePanel(props: { task: ModelTask; versions: ModelVersion[] }): JSX.Element {
  const { t } = useAdminStrings();
  const m = t.models;
  const firstId = (props.versions.find((v) => v.active) ?? props.versions[0])?.id ?? "";
  const [versionId, setVersionId] = useState(firstId);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<ModelEvaluation | undefined>(undefined);
  const chosen = props.versions.some((v) => v.id === versionId) ? versionId : firstId;

  async function evaluate(): Promise<void> {
    const parsed = parseExamples(text);
    if (!parsed.ok) return setProblem(m.badLine(parsed.line));
    if (parsed.examples.length === 0) return setProblem(m.badLine(1));
    setProblem(undefined);
    setBusy(true);
    try {
      const path = `/models/${props.task}/versions/${encodeURIComponent(chosen)}/evaluate`;
      setResult(await apiRequest<ModelEvaluation>("POST", path, { examples: parsed.examples }));
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="adm-stack" data-testid="model-evaluate">
      <div className="adm-field">
        <label htmlFor={`eval-${props.task}`}>{m.evaluateHint}</label>
        <textarea
          id={`eval-${props.task}`}
          className="adm-eval-input"
          rows={6}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="adm-toolbar">
        <label className="adm-inline-field">
          {m.evaluateWith}
          <select value={chosen} onChange={(e) => setVersionId(e.target.value)}>
            {props.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.id}
                {v.active ? ` (${m.active})` : ""}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="adm-btn adm-btn-ghost" onClick={() => setText(SAMPLES[props.task])}>
          {m.evaluateSample}
        </button>
        <button
          type="button"
          className="adm-btn"
          disabled={busy || text.trim() === "" || chosen === ""}
          onClick={() => void evaluate()}
        >
          {busy ? m.evaluating : m.evaluate}
        </button>
      </div>
      {problem ? (
        <div className="adm-error" role="alert">
          {problem}
        </div>
      ) : null}
      {result ? (
        <>
          <p className="adm-muted adm-small" role="status">
            {m.evaluationResult(result.total, (result.meanMillis ?? 0).toFixed(2))}
          </p>
          <EvaluationFigures evaluation={result} testId="custom-evaluation" />
        </>
      ) : null}
    </div>
  );
}
