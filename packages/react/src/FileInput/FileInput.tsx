import {
  Fragment,
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import { Button } from '../Button';
import { useFieldError } from '../internal/formErrors';
import { formatPlural, formatString, useLocale, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { renamedProp } from '../internal/deprecated';
import { FieldLayout, useFieldControl, type NecessityIndicator } from '../internal/field';
import type { ControlName } from '../internal/names';
import { formatFileSize, validateFiles, type FileProblem } from './validateFiles';
import { fileInputMessages } from '../i18n/messages/fileInput';
import { useHydrated } from '../internal/useHydrated';

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'defaultValue' | 'size' | 'prefix' | 'width' | 'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children'
>;

export type FileInputProps = NativeInputProps &
  ControlName & {
    hint?: ReactNode;
    /** Error from the app or the form; wins over the built-in messages. */
    error?: ReactNode;
    necessityIndicator?: NecessityIndicator;
    /** Allowed types, e.g. `.pdf,.jpg,.png` or `image/*`. Passed to the input and checked with a message. */
    accept?: string;
    /** Largest size of one file in bytes, e.g. `5 * 1024 * 1024`. */
    maxSize?: number;
    /** Most files at once (with `multiple`). */
    maxFiles?: number;
    /**
     * Called when the chosen files change (chosen, dropped or removed), with the problems found. The files come
     * only from the user, so there is no `value`/`defaultValue`; the native `onChange` still gets the event.
     */
    onValueChange?: (files: File[], problems: FileProblem[]) => void;
    /** @deprecated use `onValueChange` (same arguments); removed in the next minor version. */
    onFilesChange?: (files: File[], problems: FileProblem[]) => void;
    className?: string;
    inputClassName?: string;
  };

type Pending = { reason: 'selected'; files?: File[] } | { reason: 'removed'; name: string; files: File[] };

/** Puts files into a native file input so a normal form post carries exactly them, where the browser allows. */
function setInputFiles(input: HTMLInputElement, files: File[]): boolean {
  if (typeof DataTransfer === 'undefined') {
    if (!files.length) input.value = '';
    return !files.length;
  }
  try {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    return true;
  } catch {
    return false;
  }
}

function UploadIcon() {
  return (
    <svg className="aukio-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M12 16V4M7 9l5-5 5 5M5 20h14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * A native file input (it posts in a `multipart/form-data` form without JavaScript) with enhancements: a drop
 * zone, the chosen files listed with their sizes, a remove button per file, and specific messages for files
 * that are too large, of the wrong type or too many.
 */
export const FileInput = forwardRef<HTMLInputElement, FileInputProps>(function FileInput(props, ref) {
  const { accept, maxSize, maxFiles, multiple, disabled, name } = props;
  const strings = useStrings(fileInputMessages);
  const locale = useLocale();
  const listRef = useRef<HTMLUListElement>(null);
  const pending = useRef<Pending | null>(null);
  const focusAfterRemove = useRef<number | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [dragging, setDragging] = useState(false);
  const hydrated = useHydrated();

  const fieldError = useFieldError(name, props.error);
  const ownError =
    problems.length === 0 ? undefined : problems.length === 1 ? (
      problems[0]!.message
    ) : (
      <>
        {problems.map((p, i) => (
          <Fragment key={p.message}>
            {i > 0 && ' '}
            <span className="aukio-file-input__error-line">{p.message}</span>
          </Fragment>
        ))}
      </>
    );
  const shownError = fieldError ?? ownError;
  // The field's wiring as every single-control field has it, with the problems found as its error.
  const { field, control, own, controlRef } = useFieldControl({ ...props, error: shownError }, ref, 'FileInput');
  const { maxSize: _maxSize, maxFiles: _maxFiles, onChange, onValueChange: onValueChangeProp, onFilesChange, inputClassName, ...rest } = control;
  const onValueChange = renamedProp('FileInput', 'onFilesChange', onFilesChange, 'onValueChange', onValueChangeProp);
  const { controlProps } = field;

  // Orca reads a file input's <label> and then Chromium's name for it, which repeats the label ("Lease
  // agreement (optional) Lease agreement (optional): No file chosen push button"). Named by aria-label with the
  // label's own text, the name is read once (scripts/sr/fields.sr.ts); the text stays the visible label.
  useEffect(() => {
    const input = own.current;
    const text = input?.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim();
    if (input && text && input.getAttribute('aria-label') !== text) input.setAttribute('aria-label', text);
  });

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.aukio-file-input__remove');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? own.current)?.focus();
  }, [files, own]);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const action: Pending = pending.current ?? { reason: 'selected' };
    pending.current = null;
    const list = action.files ?? Array.from(event.currentTarget.files ?? []);
    const found = validateFiles(list, { accept, maxSize, maxFiles, locale, strings });
    setFiles(list);
    setProblems(found);
    onChange?.(event);
    onValueChange?.(list, found);
    if (action.reason === 'removed') {
      announce(formatString(strings['fileInput.removed'], { name: action.name }));
    } else {
      const selected = formatPlural(locale, list.length, {
        one: strings['fileInput.selected.one'],
        other: strings['fileInput.selected.other'],
      });
      announce([selected, ...found.map((p) => p.message)].join('. '));
    }
  };

  const dispatchChange = (next: Pending) => {
    pending.current = next;
    own.current?.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const remove = (index: number) => {
    const input = own.current;
    const file = files[index];
    if (!input || !file) return;
    const remaining = files.filter((_, i) => i !== index);
    setInputFiles(input, remaining);
    focusAfterRemove.current = index;
    dispatchChange({ reason: 'removed', name: file.name, files: remaining });
  };

  // Drag and drop is a pointer-only enhancement around the native input (keyboard users use its button), so
  // it is wired with native listeners on the zone.
  const zoneRef = useRef<HTMLDivElement>(null);
  const dropRef = useRef<(files: File[]) => void>(() => {});
  dropRef.current = (dropped) => {
    const input = own.current;
    if (!input || !dropped.length) return;
    const chosen = multiple ? dropped : dropped.slice(0, 1);
    // The input takes the dropped files where the browser allows it, so a normal post carries them too.
    setInputFiles(input, chosen);
    dispatchChange({ reason: 'selected', files: chosen });
  };
  useEffect(() => {
    const zone = zoneRef.current;
    if (!zone || disabled) return;
    const over = (event: DragEvent) => {
      if (!event.dataTransfer || !Array.from(event.dataTransfer.types).includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!zone.contains(event.relatedTarget as Node | null)) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      event.preventDefault();
      dropRef.current(Array.from(event.dataTransfer?.files ?? []));
    };
    zone.addEventListener('dragenter', over);
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', leave);
    zone.addEventListener('drop', drop);
    return () => {
      zone.removeEventListener('dragenter', over);
      zone.removeEventListener('dragover', over);
      zone.removeEventListener('dragleave', leave);
      zone.removeEventListener('drop', drop);
    };
  }, [disabled]);

  const problemFor = (file: File) => problems.find((p) => p.file === file);

  return (
    <FieldLayout {...field.layout} rootClassName="aukio-file-input">
      <div
        ref={zoneRef}
        className="aukio-file-input__zone"
        data-enhanced={hydrated ? '' : undefined}
        data-dragging={dragging ? '' : undefined}
      >
        <input
          ref={controlRef}
          type="file"
          className={cx('aukio-file-input__input', inputClassName)}
          onChange={handleChange}
          {...rest}
          {...controlProps}
        />
        {hydrated && !disabled && (
          <p className="aukio-file-input__drop-text">
            <UploadIcon /> {strings['fileInput.dropZone']}
          </p>
        )}
      </div>
      {files.length > 0 && (
        <ul ref={listRef} className="aukio-file-input__list" aria-label={strings['fileInput.chosen']}>
          {files.map((file, index) => {
            const problem = problemFor(file);
            return (
              <li
                key={`${file.name}-${file.size}-${file.lastModified}-${index}`}
                className="aukio-file-input__file"
                data-invalid={problem ? '' : undefined}
              >
                <span className="aukio-file-input__name">{file.name}</span>{' '}
                <span className="aukio-file-input__size">({formatFileSize(file.size, locale)})</span>
                <Button
                  type="button"
                  variant="secondary"
                  size="small"
                  className="aukio-file-input__remove"
                  onClick={() => remove(index)}
                  disabled={disabled}
                >
                  {strings['fileInput.remove']}{' '}
                  <span className="aukio-visually-hidden">{file.name}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </FieldLayout>
  );
});
