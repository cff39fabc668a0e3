import { Alert, Badge, Radio, Stack, Table, Text, TextInput } from '@mantine/core';
import type { ShipQuote } from '../../../shared/contract/schemas/ship';
import { formatMinor } from '../../../shared/domain/money-format';
import { isOverride, MIN_OVERRIDE_REASON, serviceKey } from './ship-texts';

/** Every carrier's rate for the parcel; the rule's choice is marked and preselected. */
export function ShipRates({
  quote,
  selected,
  onSelect,
  reason,
  onReason,
}: {
  quote: ShipQuote;
  selected: string | null;
  onSelect: (key: string) => void;
  reason: string;
  onReason: (text: string) => void;
}) {
  const chosen = quote.choice ? serviceKey(quote.choice) : null;
  return (
    <Stack gap="sm" data-testid="ship-rates">
      {quote.quotes.length > 0 ? (
        <Radio.Group value={selected} onChange={onSelect} name="service">
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>Carrier and service</Table.Th>
                <Table.Th>Price</Table.Th>
                <Table.Th>Days</Table.Th>
                <Table.Th>Cut-off</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quote.quotes.map((q) => {
                const key = serviceKey(q);
                return (
                  <Table.Tr key={key} data-testid={`ship-rate-${key}`}>
                    <Table.Td>
                      <Radio value={key} aria-label={`${q.carrierName} ${q.serviceName}`} />
                    </Table.Td>
                    <Table.Td>
                      {q.carrierName} {q.serviceName}
                    </Table.Td>
                    <Table.Td>{formatMinor(q.price.amountMinor, q.price.currency)}</Table.Td>
                    <Table.Td>{q.transitDays}</Table.Td>
                    <Table.Td>{q.online ? '—' : q.cutOffLocal}</Table.Td>
                    <Table.Td>
                      {key === chosen && <Badge color="green">Rule's choice</Badge>}{' '}
                      {!q.meetsServiceLevel && <Badge color="orange">Slower than ordered</Badge>}{' '}
                      {q.online && <Badge variant="light">Online</Badge>}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Radio.Group>
      ) : (
        <Alert color="red" data-testid="ship-no-rates">
          {quote.noChoiceReason ?? 'No carrier can take this parcel.'}
        </Alert>
      )}
      {quote.choice && (
        <Text size="sm" c="dimmed" data-testid="ship-choice-reason">
          Shipping rule: {quote.choice.reason}
          {quote.choice.shipsToday ? '' : ' (goes with the next collection)'}
        </Text>
      )}
      {isOverride(quote, selected) && (
        <TextInput
          label="Why not the rule's choice?"
          description={`Logged with the label; at least ${MIN_OVERRIDE_REASON} characters.`}
          value={reason}
          onChange={(e) => onReason(e.currentTarget.value)}
          data-testid="ship-override-reason"
        />
      )}
      {[...quote.unavailable, ...quote.refusals].length > 0 && (
        <Stack gap={2} data-testid="ship-unavailable">
          {quote.unavailable.map((u) => (
            <Text key={`u-${u.carrierName}`} size="sm" c="dimmed">
              {u.carrierName}: {u.reason}
            </Text>
          ))}
          {quote.refusals.map((r) => (
            <Text key={`r-${r.carrierName}-${r.serviceName}`} size="sm" c="dimmed">
              {r.carrierName} {r.serviceName}: {r.reason}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
