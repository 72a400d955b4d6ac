import { type ComponentType, createElement, lazy } from "react";

/**
 * A component in a chunk of its own that can be fetched before it is needed: once its chunk is
 * in, it renders at once (no Suspense fallback, not even for a frame); before, it suspends like
 * `React.lazy` (wrap it in Suspense). A failed load is retried on the next `preload`.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return { preload, Component: Preloadable };
}
