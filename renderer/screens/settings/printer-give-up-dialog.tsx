import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { PrintReasonSchema } from '../../../shared/contract/schemas/printers';
import type { PrintJobView } from '../../../shared/contract/schemas/printers';
import { methodQueryPrefix } from '../../api/react/query-keys';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { ErrorNotice } from '../../components/error-notice';
import { describeJobDocument } from './printer-state';

/** Gives up on a job that will not print, with a reason that is kept; null while closed. */
export function PrinterGiveUpDialog({
  job,
  onClose,
}: {
  job: PrintJobView | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={job !== null} onClose={onClose} title="Give up on a print job" centered>
      {job !== null && <GiveUpForm job={job} onDone={onClose} />}
    </Modal>
  );
}

function GiveUpForm({ job, onDone }: { job: PrintJobView; onDone: () => void }) {
  const cache = useQueryClient();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const giveUp = useStationMutation('printers.cancelJob', {
    onSuccess: () => {
      void cache.invalidateQueries({ queryKey: methodQueryPrefix('printers.jobs') });
      void cache.invalidateQueries({ queryKey: methodQueryPrefix('printers.list') });
      onDone();
    },
  });
  const check = PrintReasonSchema.safeParse(reason);
  const error = tried && !check.success ? check.error.issues[0]?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (check.success && !giveUp.isPending) giveUp.mutate({ jobId: job.id, reason: check.data });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="print-job-give-up">
      <Stack gap="md">
        <Text>
          Stop trying to print {describeJobDocument(job)} on {job.printerName}? It stays in the
          history as given up; it can be reprinted later with a reason.
        </Text>
        <TextInput
          label="Why"
          description='e.g. "printer broken, printed at bench 3"'
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            giveUp.reset();
          }}
          error={error}
          data-autofocus
        />
        {giveUp.error && <ErrorNotice title="The job was not given up" error={giveUp.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Keep trying
          </Button>
          <Button type="submit" color="red" loading={giveUp.isPending}>
            Give up job
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
