import { Component, type ReactNode } from "react";
import { href } from "./router.js";

interface Props {
  /** The route it guards: a new route clears a fault, so navigating away recovers. */
  readonly route: string;
  readonly children: ReactNode;
}
interface State {
  readonly fault?: { readonly route: string; readonly message: string } | undefined;
}

/**
 * One per route: a fault while a page renders shows a message with a way on, inside the app's
 * header and navigation, instead of emptying the whole app. Nothing saved is touched.
 */
export class RouteBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return {
      fault: { route: "", message: error instanceof Error ? error.message : String(error) },
    };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (!state.fault) return null;
    // The fault was caught on this render: remember its route; on another route, forget it.
    if (state.fault.route === "") return { fault: { ...state.fault, route: props.route } };
    return state.fault.route === props.route ? null : { fault: undefined };
  }

  override render() {
    const { fault } = this.state;
    if (!fault) return this.props.children;
    return (
      <section className="error-page" aria-labelledby="fault-heading">
        <h1 id="fault-heading">This page stopped working</h1>
        <p>
          Something went wrong while showing this page. Your drafts and saved answers are still in
          this browser; the rest of the site works.
        </p>
        <p className="detail">Details: {fault.message.slice(0, 300)}</p>
        <p className="row">
          <a className="button primary" href={href.home}>
            Go to the home page
          </a>
          <button type="button" onClick={() => window.location.reload()}>
            Reload this page
          </button>
        </p>
      </section>
    );
  }
}
