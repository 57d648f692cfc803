import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Fetches the part's module; after a failure, afresh (see `refetching`). */
type Loader<M> = () => Promise<M>;

/** Catches a part that could not load, so the rest of the page stays; offers to try again. */
class Boundary extends Component<
  { children: ReactNode; fallback: (retry: () => void) => ReactNode; onRetry: () => void },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(() => {
      this.setState({ failed: false });
      this.props.onRetry();
    });
  }
}

/**
 * A part of the page in a chunk of its own, fetched when first shown. On a workshop's bad Wi-Fi
 * the fetch can fail: then the part says so, with a button to try again, and the rest of the lab
 * (the graphs, the run, the controls) goes on as it was — the page never goes blank.
 */
export function LoadLater<M>({
  load,
  pick,
}: {
  load: Loader<M>;
  pick: (module: M) => ComponentType;
}) {
  const { t } = useTranslation();
  const [Part, setPart] = useState(() => lazyPart(load, pick));
  return (
    <Boundary
      onRetry={() => setPart(() => lazyPart(load, pick))}
      fallback={(retry) => (
        <p className="load-failed" role="alert">
          {t('app.loadFailed')}{' '}
          <button type="button" onClick={retry}>
            {t('app.retry')}
          </button>
        </p>
      )}
    >
      <Suspense fallback={null}>
        <Part />
      </Suspense>
    </Boundary>
  );
}

function lazyPart<M>(load: Loader<M>, pick: (module: M) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}
