/**
 * The items of a disclosure request with each item's legal regime (Art. 15.2) and each providing
 * party's decision (Art. 9.2), in words;
 * for an item the caller decides on, a button that opens the decision form below the table.
 */
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Disclosure } from '../../api/informationDisclosures';
import { formatDateTime } from '../../i18n/format';
import { usePartyNames } from '../cases/sections/flowData';
import { DecisionForm } from './DecisionForm';
import { RegimeBadge } from './ItemBadges';

interface Props {
  disclosure: Disclosure;
  onDone: (message: string) => Promise<void>;
  onStale: () => Promise<void>;
}

export function DecisionTable({ disclosure: d, onDone, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const partyName = usePartyNames();
  const [deciding, setDeciding] = useState<string | null>(null);
  const item = d.items.find((i) => i.itemId === deciding && i.mayDecide);
  const back = (itemId: string) =>
    requestAnimationFrame(() => document.getElementById(`decide-${itemId}-button`)?.focus());
  return (
    <section aria-labelledby="disclosure-items-heading">
      <Heading level={2} id="disclosure-items-heading">
        {t('cases.information.disclosure.page.items')}
      </Heading>
      <Paragraph>{t('cases.information.disclosure.page.itemsNote')}</Paragraph>
      <div className="ketenhuis-table-scroll">
        <Table className="ketenhuis-table">
          <TableCaption className="ketenhuis-visually-hidden">
            {t('cases.information.disclosure.page.items')}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('cases.information.disclosure.page.item')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('cases.information.disclosure.page.regime')}</TableHeaderCell>
              <TableHeaderCell scope="col">
                {t('cases.information.disclosure.page.controller')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t('cases.information.disclosure.page.decision')}</TableHeaderCell>
              <TableHeaderCell scope="col">
                {t('cases.information.disclosure.page.reasoning')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {d.items.map((i) => (
              <TableRow key={i.itemId}>
                <TableHeaderCell scope="row">{i.title}</TableHeaderCell>
                <TableCell>
                  <RegimeBadge regime={i.regime} />
                </TableCell>
                <TableCell>{partyName(i.controllerPartyId)}</TableCell>
                <TableCell>
                  <strong>{t(`cases.information.disclosure.decision.${i.decision}`)}</strong>
                  {i.decidedAt && (
                    <>
                      <br />
                      {t('cases.information.disclosure.page.decidedAt', {
                        date: formatDateTime(i.decidedAt, i18n.resolvedLanguage),
                      })}
                    </>
                  )}
                  {i.mayDecide && deciding !== i.itemId && (
                    <ButtonGroup>
                      <Button
                        id={`decide-${i.itemId}-button`}
                        type="button"
                        appearance="secondary-action-button"
                        onClick={() => setDeciding(i.itemId)}
                      >
                        {t('cases.information.disclosure.page.decide')}
                        <span className="ketenhuis-visually-hidden">: {i.title}</span>
                      </Button>
                    </ButtonGroup>
                  )}
                </TableCell>
                <TableCell>
                  <span className="ketenhuis-case-text">{i.reasoning ?? '—'}</span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {item && (
        <DecisionForm
          key={item.itemId}
          disclosure={d}
          item={item}
          onDone={async (message) => {
            setDeciding(null);
            await onDone(message);
          }}
          onStale={async () => {
            setDeciding(null);
            await onStale();
          }}
          onCancel={() => {
            setDeciding(null);
            back(item.itemId);
          }}
        />
      )}
    </section>
  );
}
