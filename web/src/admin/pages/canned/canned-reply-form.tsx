import { type JSX, useId, useRef, useState } from "react";
import {
  CANNED_BODY_MAX_CHARS,
  CANNED_VARIABLES,
  type CannedAction,
  type CannedReply,
} from "../../../../../src/contract/canned-replies.js";
import { useStrings } from "../../../shared/i18n.js";
import { Card } from "../../components/card.js";
import { ApiError, apiRequest } from "../../lib/api-client.js";
import { useAdminStrings } from "../../lib/use-admin-strings.js";
import { cannedAdminStrings } from "./canned-admin-strings.js";
import { type CannedField, draftProblems, serverProblem } from "./canned-reply-problems.js";

type Then = "none" | "resolve" | "handback";

/** Creates (no `reply`) or edits one canned reply of `locale`; problems are shown in words beside their field. */
export function CannedReplyForm(props: {
  reply?: CannedReply;
  locale: "en" | "zh";
  onSaved: (reply: CannedReply) => void;
  onDeleted: () => void;
  onCancel: () => void;
}): JSX.Element {
  const { t } = useAdminStrings();
  const k = useStrings(cannedAdminStrings);
  const ids = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const r = props.reply;
  const [shortcut, setShortcut] = useState(r?.shortcut ?? "");
  const [title, setTitle] = useState(r?.title ?? "");
  const [body, setBody] = useState(r?.body ?? "");
  const [assignMe, setAssignMe] = useState(r?.actions.includes("assign_me") ?? false);
  const [then, setThen] = useState<Then>(
    r?.actions.includes("resolve") ? "resolve" : r?.actions.includes("handback") ? "handback" : "none",
  );
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [server, setServer] = useState<[CannedField, string] | null>(null);

  const problems = tried ? draftProblems({ shortcut, title, body }, k.error) : new Map<CannedField, string>();
  if (server && !problems.has(server[0])) problems.set(server[0], server[1]);
  const problem = (field: CannedField) => problems.get(field);
  const fieldProps = (field: CannedField) => ({
    id: `${ids}-${field}`,
    "aria-invalid": problem(field) ? true : undefined,
    "aria-describedby": problem(field) ? `${ids}-${field}-error` : undefined,
  });
  const errorOf = (field: CannedField) =>
    problem(field) ? (
      <span className="adm-field-error" id={`${ids}-${field}-error`}>
        {problem(field)}
      </span>
    ) : null;

  function insertVariable(name: string): void {
    const el = bodyRef.current;
    const at = el ? el.selectionStart : body.length;
    const end = el ? el.selectionEnd : body.length;
    setBody(`${body.slice(0, at)}{${name}}${body.slice(end)}`);
    requestAnimationFrame(() => el?.focus());
  }

  async function save(): Promise<void> {
    setTried(true);
    setServer(null);
    const found = draftProblems({ shortcut, title, body }, k.error);
    // Focus the first field in trouble: its message is read out through aria-describedby.
    const first = [...found.keys()][0];
    if (first !== undefined) {
      requestAnimationFrame(() => document.getElementById(`${ids}-${first}`)?.focus());
      return;
    }
    const actions: CannedAction[] = [...(assignMe ? ["assign_me" as const] : []), ...(then === "none" ? [] : [then])];
    const payload = {
      locale: props.locale,
      shortcut: shortcut.trim(),
      title: title.trim(),
      body: body.trim(),
      actions,
    };
    setBusy(true);
    try {
      const saved = r
        ? await apiRequest<CannedReply>("PUT", `/canned-replies/${encodeURIComponent(r.id)}`, payload)
        : await apiRequest<CannedReply>("POST", "/canned-replies", payload);
      props.onSaved(saved);
    } catch (err) {
      const [field, message]: [CannedField, string] =
        err instanceof ApiError ? serverProblem(err, k.error) : ["", String(err)];
      setServer([field, message]);
      if (field) requestAnimationFrame(() => document.getElementById(`${ids}-${field}`)?.focus());
    } finally {
      setBusy(false);
    }
  }

  async function remove(): Promise<void> {
    if (!r || !window.confirm(k.confirmDelete(r.title))) return;
    setBusy(true);
    try {
      await apiRequest("DELETE", `/canned-replies/${encodeURIComponent(r.id)}`);
      props.onDeleted();
    } catch (err) {
      setServer(err instanceof ApiError ? serverProblem(err, k.error) : ["", String(err)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title={r ? k.editReply : k.newReply}
      subtitle={k[`language_${props.locale}`]}
      testId="canned-form"
      actions={
        <>
          {r ? (
            <button type="button" className="adm-btn adm-btn-danger" disabled={busy} onClick={() => void remove()}>
              {t.common.delete}
            </button>
          ) : null}
          <button type="button" className="adm-btn adm-btn-ghost" onClick={props.onCancel}>
            {t.common.cancel}
          </button>
          <button
            type="button"
            className="adm-btn"
            disabled={busy}
            onClick={() => void save()}
            data-testid="canned-save"
          >
            {busy ? t.common.saving : t.common.save}
          </button>
        </>
      }
    >
      {problem("") ? (
        <div className="adm-error" role="alert">
          {problem("")}
        </div>
      ) : null}
      <div className="adm-canned-fields">
        <label className={`adm-field${problem("shortcut") ? " has-error" : ""}`}>
          <span>{k.shortcut}</span>
          <input
            value={shortcut}
            onChange={(e) => setShortcut(e.target.value)}
            name="shortcut"
            {...fieldProps("shortcut")}
          />
          <span className="adm-field-hint">{k.shortcutHint}</span>
          {errorOf("shortcut")}
        </label>
        <label className={`adm-field${problem("title") ? " has-error" : ""}`}>
          <span>{k.titleField}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} name="title" {...fieldProps("title")} />
          {errorOf("title")}
        </label>
      </div>
      <label className={`adm-field${problem("body") ? " has-error" : ""}`}>
        <span>{k.body}</span>
        <textarea
          ref={bodyRef}
          rows={6}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          name="body"
          {...fieldProps("body")}
        />
        <span className="adm-field-hint">
          {body.trim().length} / {CANNED_BODY_MAX_CHARS}
        </span>
        {errorOf("body")}
      </label>
      <div className="adm-canned-variables">
        <span className="adm-field-hint">{k.bodyHint}</span>
        {CANNED_VARIABLES.map((name) => (
          <button
            key={name}
            type="button"
            className="adm-badge-btn"
            aria-label={k.insertVariable(name)}
            onClick={() => insertVariable(name)}
          >
            {`{${name}}`}
          </button>
        ))}
      </div>
      <fieldset
        className="adm-canned-actions"
        aria-describedby={problem("actions") ? `${ids}-actions-error` : undefined}
      >
        <legend>{k.actions}</legend>
        <label className="adm-check">
          <input type="checkbox" checked={assignMe} onChange={(e) => setAssignMe(e.target.checked)} name="assign_me" />
          {k.assignMe}
        </label>
        <div className="adm-checkbox-group" role="radiogroup" aria-label={k.thenLabel}>
          {(["none", "resolve", "handback"] as const).map((value) => (
            <label key={value} className="adm-check">
              <input
                type="radio"
                name={`${ids}-then`}
                value={value}
                checked={then === value}
                onChange={() => setThen(value)}
              />
              {{ none: k.thenNothing, resolve: k.thenResolve, handback: k.thenHandback }[value]}
            </label>
          ))}
        </div>
        {errorOf("actions")}
      </fieldset>
    </Card>
  );
}
