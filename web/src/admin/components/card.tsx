import type { JSX, ReactNode } from "react";

/** A titled panel; `actions` sit at the right of the title row. */
export function Card(props: {
  title?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}): JSX.Element {
  return (
    <section className={`adm-card ${props.className ?? ""}`} data-testid={props.testId}>
      {props.title || props.actions ? (
        <header className="adm-card-head">
          <div>
            {props.title ? <h2 className="adm-card-title">{props.title}</h2> : null}
            {props.subtitle ? <p className="adm-card-sub">{props.subtitle}</p> : null}
          </div>
          {props.actions ? <div className="adm-card-actions">{props.actions}</div> : null}
        </header>
      ) : null}
      <div className="adm-card-body">{props.children}</div>
    </section>
  );
}

/** Page title, one-line description and page-level controls. */
export function PageHeader(props: { title: string; subtitle?: string; children?: ReactNode }): JSX.Element {
  return (
    <header className="adm-page-head">
      <div>
        <h1 className="adm-page-title">{props.title}</h1>
        {props.subtitle ? <p className="adm-page-sub">{props.subtitle}</p> : null}
      </div>
      {props.children ? <div className="adm-page-tools">{props.children}</div> : null}
    </header>
  );
}
