import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Loader = () => Promise<{ default: ComponentType }>;

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
export function LoadLater({ load }: { load: Loader }) {
  const { t } = useTranslation();
  const [Part, setPart] = useState(() => lazy(load));
  return (
    <Boundary
      onRetry={() => setPart(() => lazy(load))}
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
