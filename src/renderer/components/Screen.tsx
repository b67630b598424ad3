import { useEffect, useRef, type ReactNode } from 'react';

/** Every screen: one h1, focus moved to it on arrival so keyboard and screen-reader users know where they are. */
export function Screen({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = `${title} · Onboarding Desk`;
  }, [title]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <div className="screen__head">
        <h1 id="screen-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="screen__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
