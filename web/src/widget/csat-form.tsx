import { type JSX, useState } from "react";
import { fill, useStrings } from "../shared/i18n.js";
import { widgetStrings } from "./widget-strings.js";

/** The end-of-chat rating: five stars (native radios, so arrow keys work) and an optional comment. */
export function CsatForm({
  rated,
  onRate,
  onRestart,
  onSkip,
}: {
  rated?: number;
  onRate: (rating: number, comment: string) => Promise<void>;
  onRestart: () => void;
  /** Rating is optional: the shopper may close the form without one. */
  onSkip: () => void;
}): JSX.Element {
  const t = useStrings(widgetStrings);
  const [rating, setRating] = useState(0);
  const [hover, setHover] = useState(0);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);

  if (rated) {
    return (
      <div className="kw-csat kw-csat--done" role="status">
        <div className="kw-csat-stars" aria-hidden="true">
          {"★".repeat(rated)}
          <span className="kw-muted">{"★".repeat(5 - rated)}</span>
        </div>
        <p>{t.thanks}</p>
        <button type="button" className="kw-link" onClick={onRestart}>
          {t.newChat}
        </button>
      </div>
    );
  }
  async function submit() {
    if (!rating) return;
    setBusy(true);
    setError(false);
    try {
      await onRate(rating, comment);
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="kw-csat">
      <p className="kw-csat-title" id="kw-csat-title">
        {t.rateTitle}
      </p>
      <fieldset className="kw-csat-stars" aria-labelledby="kw-csat-title" onMouseLeave={() => setHover(0)}>
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className={`kw-star${(hover || rating) >= n ? " kw-star--on" : ""}`}
            onMouseEnter={() => setHover(n)}
            data-testid={`csat-star-${n}`}
          >
            <input
              type="radio"
              name="kw-rating"
              className="k-sr-only"
              value={n}
              checked={rating === n}
              onChange={() => setRating(n)}
              aria-label={fill(t.star, { n })}
            />
            <span aria-hidden="true">★</span>
          </label>
        ))}
      </fieldset>
      {rating ? (
        <>
          <textarea
            className="kw-csat-comment"
            rows={2}
            value={comment}
            placeholder={t.commentPlaceholder}
            aria-label={t.commentPlaceholder}
            onChange={(e) => setComment(e.target.value)}
          />
          <button
            type="button"
            className="kw-btn"
            disabled={busy}
            onClick={() => void submit()}
            data-testid="csat-submit"
          >
            {t.submit}
          </button>
        </>
      ) : null}
      <button type="button" className="kw-link kw-csat-skip" onClick={onSkip} data-testid="csat-skip">
        {t.skip}
      </button>
      {error ? <p className="kw-error">{t.startFailed}</p> : null}
    </div>
  );
}
