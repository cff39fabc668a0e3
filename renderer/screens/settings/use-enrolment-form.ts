import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { applyEnrolment } from '../../api/react/sync-cache-updates';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { checkEnrolment, formatEnrolmentCode } from './enrolment-check';

/**
 * The enrolment form: checked with the station's own rules on submit (not while typing, since a
 * half-typed code is not a mistake yet), and the head office's own objections shown inline.
 */
export function useEnrolmentForm() {
  const cache = useQueryClient();
  const [headOfficeUrl, setHeadOfficeUrl] = useState('');
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState(false);

  const enrol = useStationMutation('enrolment.enrol', {
    onSuccess: (state) => applyEnrolment(cache, state),
  });

  const check = checkEnrolment(headOfficeUrl, code);
  const localErrors = checked && !check.ok ? check : null;
  const urlIssue = enrol.error?.issuesAt('headOfficeUrl')[0]?.message ?? null;
  const codeIssue = enrol.error?.issuesAt('code')[0]?.message ?? null;

  return {
    headOfficeUrl,
    code,
    urlError: localErrors?.urlError ?? urlIssue,
    codeError: localErrors?.codeError ?? codeIssue,
    /** A refusal not about one field: wrong or used code, head office unreachable, … */
    formError: enrol.error && urlIssue === null && codeIssue === null ? enrol.error : null,
    enrolling: enrol.isPending,
    onUrlChange: (value: string) => {
      setHeadOfficeUrl(value);
      enrol.reset();
    },
    onCodeChange: (value: string) => {
      setCode(formatEnrolmentCode(value));
      enrol.reset();
    },
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      setChecked(true);
      if (!check.ok || enrol.isPending) return;
      enrol.mutate(check.input);
    },
  };
}
