import { type JSX, useEffect, useState } from "react";
import { ApiError, apiRequest } from "../lib/api-client.js";
import type { ReviewAnalysisProgress } from "../lib/api-types.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";

/**
 * Says how many reviews are not analysed yet and lets an admin analyse them, showing progress;
 * `onFinished` reloads the figures once the run is done.
 */
export function ReviewAnalysisNotice(props: { pending: number; onFinished: () => void }): JSX.Element | null {
  const { t } = useAdminStrings();
  const i = t.insights;
  const [progress, setProgress] = useState<ReviewAnalysisProgress | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const running = progress?.state === "running";
  const { onFinished } = props;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      apiRequest<ReviewAnalysisProgress>("GET", "/insights/reviews/analyze")
        .then((next) => {
          setProgress(next);
          if (next.state === "done") onFinished();
          if (next.state === "failed") setError(i.analyzeFailed(next.error ?? ""));
        })
        .catch((err: unknown) => setError(err instanceof ApiError ? err.message : String(err)));
    }, 700);
    return () => clearInterval(timer);
  }, [running, onFinished, i]);

  async function start(): Promise<void> {
    setError(undefined);
    try {
      setProgress(await apiRequest<ReviewAnalysisProgress>("POST", "/insights/reviews/analyze"));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }

  if (props.pending === 0 && progress?.state !== "done") return null;
  return (
    <div className="adm-notice" role="status" data-testid="review-analysis-notice">
      <span>
        {error ??
          (running
            ? i.analyzing(progress.done, progress.total)
            : progress?.state === "done" && props.pending === 0
              ? i.analyzeDone(progress.done)
              : i.notAnalyzed(props.pending))}
      </span>
      {props.pending > 0 ? (
        <button
          type="button"
          className="adm-btn adm-btn-sm"
          disabled={running}
          onClick={() => void start()}
          data-testid="analyze-reviews"
        >
          {running ? i.analyzing(progress.done, progress.total) : i.analyze}
        </button>
      ) : null}
    </div>
  );
}
