import { hrefFor, useRoute } from '../stores/route-store';
import { sectionOfRoute, sections } from './sections';

export function Sidebar() {
  const route = useRoute((s) => s.route);
  const current = sectionOfRoute(route.section, route.params);
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="sidebar__brand" aria-hidden="true">
        Onboarding Desk
      </div>
      <ul className="sidebar__list">
        {sections.map((s) => (
          <li key={s.id}>
            <a
              className="sidebar__link"
              href={hrefFor(s.id)}
              aria-current={current === s.id ? 'page' : undefined}
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
