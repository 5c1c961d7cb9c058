import { type JSX, useState } from "react";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";
import { Card, PageHeader } from "../components/card.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import type { OrderRisk, RiskList } from "../lib/api-types.js";
import type { ModelActivation, ModelList, ModelTask, ModelVersion } from "../lib/model-types.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";
import { EvaluatePanel } from "./models/evaluate-panel.js";
import { EvaluationFigures, MetaFigures } from "./models/evaluation-figures.js";
import { VersionTable } from "./models/version-table.js";
import { RiskModelCard } from "./risk-model-card.js";

const TASKS: ModelTask[] = ["intent", "sentiment"];

/** The shop's NLU models: versions with held-out figures, train, evaluate, activate; plus the risk model. */
export function ModelsPage(): JSX.Element {
  const { t, locale } = useAdminStrings();
  const m = t.models;
  const models = useApi<ModelList>("/models");
  const risk = useApi<RiskList<OrderRisk>>(`/insights/risk?limit=1&locale=${locale}`);
  const [task, setTask] = useState<ModelTask>("intent");
  const [shownId, setShownId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ModelVersion | null>(null);
  const [busy, setBusy] = useState<"train" | "activate" | null>(null);
  // Kept as data so the notice follows the language switch.
  const [message, setMessage] = useState<
    { kind: "trained" | "activated" | "activatedAtRestart"; id: string } | undefined
  >(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const current = models.data?.models.find((x) => x.task === task);
  const versions = current?.versions ?? [];
  const shown = versions.find((v) => v.id === shownId) ?? versions.find((v) => v.active) ?? versions[0];

  async function run<T>(kind: "train" | "activate", call: () => Promise<T>, done: (value: T) => void): Promise<void> {
    setBusy(kind);
    setError(undefined);
    setMessage(undefined);
    try {
      done(await call());
      models.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setBusy(null);
    }
  }

  const train = () =>
    run(
      "train",
      () => apiRequest<ModelVersion>("POST", `/models/${task}/train`, {}),
      (v) => {
        setShownId(v.id);
        setMessage({ kind: "trained", id: v.id });
      },
    );
  const activate = (v: ModelVersion) =>
    run(
      "activate",
      () => apiRequest<ModelActivation>("POST", `/models/${task}/versions/${encodeURIComponent(v.id)}/activate`, {}),
      (result) => {
        setConfirming(null);
        setMessage({ kind: result.live ? "activated" : "activatedAtRestart", id: v.id });
      },
    );

  return (
    <div className="adm-page" data-testid="admin-models">
      <PageHeader title={m.title} subtitle={m.subtitle}>
        <div className="adm-segmented" role="tablist" aria-label={m.title}>
          {TASKS.map((x) => (
            <button
              key={x}
              type="button"
              role="tab"
              aria-selected={x === task}
              className={x === task ? "is-active" : ""}
              onClick={() => {
                setTask(x);
                setShownId(null);
                setMessage(undefined);
              }}
            >
              {m.tasks[x]}
            </button>
          ))}
        </div>
      </PageHeader>
      {models.error ? <ErrorState error={models.error} onRetry={models.reload} /> : null}
      {error ? <ErrorState error={error} /> : null}
      {message ? (
        <p className="adm-notice adm-success-notice" role="status" data-testid="model-message">
          {m[message.kind === "trained" ? "trainedOk" : message.kind](message.id)}
        </p>
      ) : null}
      <Card
        title={m.tasks[task]}
        subtitle={m.taskHints[task]}
        testId="nlu-model"
        actions={
          <button type="button" className="adm-btn" disabled={busy !== null} onClick={() => void train()}>
            {busy === "train" ? m.training : m.train}
          </button>
        }
      >
        {models.loading && !models.data ? <LoadingState rows={2} /> : null}
        {models.data && versions.length === 0 ? <p className="adm-notice">{m.noVersions}</p> : null}
        {versions.length > 0 ? (
          <VersionTable
            versions={versions}
            shownId={shown?.id}
            busy={busy !== null}
            onShow={(v) => setShownId(v.id)}
            onActivate={(v) => setConfirming(v)}
          />
        ) : null}
      </Card>
      {shown ? (
        <Card
          title={m.figuresOf(shown.id)}
          subtitle={m.heldOut(shown.evaluation?.total ?? shown.meta.metrics[0]?.examples ?? 0)}
          testId="model-figures"
        >
          {shown.evaluation ? (
            <EvaluationFigures evaluation={shown.evaluation} testId="heldout-evaluation" />
          ) : (
            <MetaFigures version={shown} />
          )}
        </Card>
      ) : null}
      {versions.length > 0 ? (
        <Card title={m.evaluateTitle}>
          <EvaluatePanel key={task} task={task} versions={versions} />
        </Card>
      ) : null}
      {risk.error ? <ErrorState error={risk.error} onRetry={risk.reload} /> : null}
      {risk.loading && !risk.data ? <LoadingState rows={1} /> : null}
      {risk.data ? <RiskModelCard model={risk.data.model} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={m.activateTitle(confirming.id)}
          confirmLabel={m.activate}
          cancelLabel={t.common.cancel}
          busy={busy === "activate"}
          onConfirm={() => void activate(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{m.activateBody}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
