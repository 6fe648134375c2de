/**
 * A file input for attachments in the NL Design System field markup: the allowed types and the
 * size limit stated in its description (linked with aria-describedby), an error linked likewise.
 */
import { useTranslation } from 'react-i18next';
import { ACCEPT, formatSize } from '../../api/informationFiles';
import { FieldFrame } from '../../layout/FieldFrame';
import { allowedTypeLabels } from './files';

interface Props {
  id: string;
  label: string;
  multiple?: boolean;
  maxBytes: number;
  error?: string | undefined;
  onChange: (files: File[]) => void;
  /** Changing the key clears the input after a successful upload. */
  inputKey?: number;
}

export function AttachmentsField({ id, label, multiple, maxBytes, error, onChange, inputKey }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <FieldFrame
      id={id}
      label={label}
      type="text"
      description={t('cases.information.form.attachmentsDescription', {
        types: allowedTypeLabels(),
        size: formatSize(maxBytes, i18n.resolvedLanguage),
      })}
      error={error}
    >
      {(describedBy) => (
        <input
          key={inputKey}
          id={id}
          type="file"
          className="utrecht-textbox utrecht-textbox--html-input"
          accept={ACCEPT}
          multiple={multiple}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(Array.from(e.target.files ?? []))}
        />
      )}
    </FieldFrame>
  );
}
