import { Component, type ReactNode } from 'react';

/**
 * A screen that fails to load or render (typically a tab left open across an app update, whose screen files are
 * gone) says so and offers a reload, instead of a blank page. What was typed is in drafts, so nothing is lost.
 */
export class ScreenErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="panel" role="alert">
        <h1>This screen could not be shown</h1>
        <p>
          The app may have been updated while this window was open. Reload to continue; your drafts are saved.
        </p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
