// Modal and drawer built from Mantine's parts, with a <div> header: Mantine's own header is a
// <header> element, which inside role="dialog" counts as a second "banner" landmark.
import type { ReactNode } from 'react';
import { Drawer, Modal, type MantineSize } from '@mantine/core';
import { t } from '../i18n';
import classes from './Dialogs.module.css';

interface DialogProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: MantineSize | number | string;
  children: ReactNode;
}

export function AppModal({ opened, onClose, title, size = 'md', children }: DialogProps) {
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size} centered>
      <Modal.Overlay />
      <Modal.Content>
        <div className={classes.header}>
          <Modal.Title className={classes.title}>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t.common.close} />
        </div>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

export function AppDrawer({ opened, onClose, title, size = 'lg', children }: DialogProps) {
  return (
    <Drawer.Root opened={opened} onClose={onClose} size={size} position="right" padding="lg">
      <Drawer.Overlay />
      <Drawer.Content>
        <div className={classes.header}>
          <Drawer.Title className={classes.title}>{title}</Drawer.Title>
          <Drawer.CloseButton aria-label={t.common.close} />
        </div>
        <Drawer.Body>{children}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
