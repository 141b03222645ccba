import { Component } from 'preact';
import { fitPhrases } from '@/lib/fit-phrases';

/** Average width of a 12 px system-ui character, and what the header's other items take. */
const CHAR_PX = 6.4;
const HEADER_PX = 175;

/**
 * The header's summary, shortened to whole phrases that fit about two lines of the panel's
 * width (never mid-word); the full text is on hover (title) and behind "more".
 * A class component: preact/hooks would add about 1 KB gzipped to the content script.
 */
export class DigestLine extends Component<{ text: string; width: number }, { open: boolean }> {
  override state = { open: false };

  override render({ text, width }: { text: string; width: number }, { open }: { open: boolean }) {
    const { shown, cut } = fitPhrases(text, Math.max(20, Math.floor(((width - HEADER_PX) / CHAR_PX) * 2)));
    return (
      <span class="cl-digest" role="status" title={text}>
        {open || !cut ? text : shown}
        {cut && (
          <>
            {' '}
            <button type="button" class="cl-link cl-more" aria-expanded={open} onClick={() => this.setState({ open: !open })}>
              {open ? 'less' : 'more…'}
            </button>
          </>
        )}
      </span>
    );
  }
}
