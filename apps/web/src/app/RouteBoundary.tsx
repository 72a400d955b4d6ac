import { Component, type ReactNode } from "react";
import { useT } from "../i18n/i18n.js";
import { Details } from "./ErrorPage.js";
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
    return <Fault message={fault.message} />;
  }
}

/** What a fault shows, in the page's language. */
function Fault({ message }: { readonly message: string }) {
  const t = useT();
  return (
    <section className="error-page" aria-labelledby="fault-heading">
      <h1 id="fault-heading">{t.faultHeading()}</h1>
      <p>{t.faultText()}</p>
      <Details detail={message.slice(0, 300)} />
      <p className="row">
        <a className="button primary" href={href.home}>
          {t.goHome()}
        </a>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reloadPage()}
        </button>
      </p>
    </section>
  );
}
