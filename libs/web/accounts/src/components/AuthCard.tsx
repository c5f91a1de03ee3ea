import { Container, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of the account pages: a title, an optional lead, and the form. */
export function AuthCard({
  title,
  lead,
  children,
  size = 'xs',
}: {
  title: string;
  lead?: string;
  children: ReactNode;
  size?: 'xs' | 'sm' | 'md';
}) {
  return (
    <Container size={size} py="xl">
      <Title order={1} mb="xs">
        {title}
      </Title>
      {lead && (
        <Text c="dimmed" mb="lg">
          {lead}
        </Text>
      )}
      <Paper withBorder p="lg" radius="md">
        {children}
      </Paper>
    </Container>
  );
}
