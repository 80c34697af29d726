import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useText } from './i18n';

interface PanelBoundaryProps {
  /** Names the panel in the console, e.g. "plot-details". */
  name: string;
  children: ReactNode;
}

interface PanelBoundaryState {
  failed: Error | null;
}

function PanelFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const text = useText();
  return (
    <section className="panel panel-failed" role="alert" data-testid="panel-failed">
      <p>{text('panelFailed')}</p>
      <p>{error.message}</p>
      <button type="button" className="link-button" onClick={onRetry}>
        {text('panelRetry')}
      </button>
    </section>
  );
}

/**
 * Keeps one failing panel from taking the page down: it says, in the user's language, that this
 * panel failed, and the map and the other panels keep working.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  state: PanelBoundaryState = { failed: null };

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { failed: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn(`Panel ${this.props.name} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.failed) return <PanelFailed error={this.state.failed} onRetry={() => this.setState({ failed: null })} />;
    return this.props.children;
  }
}
