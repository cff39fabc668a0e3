import { Badge, Button, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import type { ShipOverview, ShipmentView } from '../../../shared/contract/schemas/ship';
import { formatMinor } from '../../../shared/domain/money-format';
import { ShipAlerts } from './ship-alerts';
import { describeLabelState, describeParcel, describePrint } from './ship-texts';

export interface LabelActions {
  onOpen: (parcelNumber: string) => void;
  onCancelAwaiting: (parcelId: string) => void;
  onReprint: (label: ShipmentView) => void;
  onVoid: (label: ShipmentView) => void;
  onPreview: (label: ShipmentView) => void;
  onCloseManifest: (carrierCode: string) => void;
}

/** Parcels to ship (awaiting labels first), labels made today, carriers' manifests. */
export function ShipLists({
  overview,
  actions,
}: {
  overview: ShipOverview;
  actions: LabelActions;
}) {
  const awaiting = overview.toShip.filter((p) => p.awaiting);
  const live = overview.labels.filter((l) => !l.voided && !l.manifestNumber);
  return (
    <Tabs defaultValue="to-ship" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="to-ship" data-testid="ship-tab-to-ship">
          To ship ({overview.toShip.length})
          {awaiting.length > 0 ? ` · ${awaiting.length} awaiting label` : ''}
        </Tabs.Tab>
        <Tabs.Tab value="labels" data-testid="ship-tab-labels">
          Labels ({live.length} open)
        </Tabs.Tab>
        <Tabs.Tab value="manifests" data-testid="ship-tab-manifests">
          Manifests
        </Tabs.Tab>
        <Tabs.Tab value="alerts" data-testid="ship-tab-alerts">
          Tracking alerts
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="to-ship" pt="sm">
        <Stack gap={4} data-testid="ship-to-ship">
          {overview.toShip.length === 0 && <Text c="dimmed">No closed parcels are waiting.</Text>}
          {overview.toShip.map((p) => (
            <Group key={p.parcelId} justify="space-between" data-testid={`ship-parcel-${p.number}`}>
              <Text>{describeParcel(p)}</Text>
              <Group gap="xs">
                {p.awaiting ? (
                  <>
                    <Badge color="orange" data-testid="ship-awaiting">
                      Awaiting {p.awaiting.carrierCode} label · {p.awaiting.attempts} tries
                    </Badge>
                    {p.awaiting.lastError && (
                      <Text size="xs" c="dimmed">
                        {p.awaiting.lastError}
                      </Text>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => actions.onCancelAwaiting(p.parcelId)}
                    >
                      Stop waiting
                    </Button>
                  </>
                ) : (
                  <Button size="xs" variant="light" onClick={() => actions.onOpen(p.number)}>
                    Rates
                  </Button>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="labels" pt="sm">
        <Table data-testid="ship-labels">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tracking</Table.Th>
              <Table.Th>Parcel</Table.Th>
              <Table.Th>Service</Table.Th>
              <Table.Th>Price</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Printer</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.labels.map((l) => (
              <Table.Tr key={l.shipmentId} data-testid={`ship-label-${l.trackingNumber}`}>
                <Table.Td>
                  {l.trackingNumber}{' '}
                  {l.pending && <Badge variant="light">not yet at head office</Badge>}
                </Table.Td>
                <Table.Td>
                  {l.parcelNumber} ({l.index} of {l.count})
                </Table.Td>
                <Table.Td>
                  {l.carrierName} {l.serviceName}
                  {l.overrideReason ? ` · override: ${l.overrideReason}` : ''}
                </Table.Td>
                <Table.Td>{formatMinor(l.price.amountMinor, l.price.currency)}</Table.Td>
                <Table.Td>{describeLabelState(l)}</Table.Td>
                <Table.Td data-testid="ship-label-print">{describePrint(l)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => actions.onPreview(l)}>
                      Preview
                    </Button>
                    {!l.voided && (
                      <Button size="xs" variant="subtle" onClick={() => actions.onReprint(l)}>
                        Reprint
                      </Button>
                    )}
                    {!l.voided && !l.manifestNumber && l.trackingState === 'label_created' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => actions.onVoid(l)}
                      >
                        Void
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Tabs.Panel>
      <Tabs.Panel value="manifests" pt="sm">
        <Stack gap="sm" data-testid="ship-manifests">
          {overview.carriers.map((c) => (
            <Group key={c.code} justify="space-between">
              <Text>
                {c.name}: {c.openLabels} label(s) to hand over
                {c.numbersLeft !== null ? ` · ${c.numbersLeft} consignment numbers left` : ''}
              </Text>
              <Button
                size="xs"
                disabled={c.openLabels === 0}
                onClick={() => actions.onCloseManifest(c.code)}
                data-testid={`ship-close-manifest-${c.code}`}
              >
                Close manifest
              </Button>
            </Group>
          ))}
          {overview.manifests.map((m) => (
            <Text key={m.manifestId} size="sm" data-testid={`ship-manifest-${m.number}`}>
              {m.number} · {m.carrierCode} · {m.parcels} parcel(s) · {m.submitted}
              {m.detail ? ` (${m.detail})` : ''}
            </Text>
          ))}
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="alerts" pt="sm">
        <ShipAlerts />
      </Tabs.Panel>
    </Tabs>
  );
}
