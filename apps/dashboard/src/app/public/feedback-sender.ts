import type { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import type { CreateFeedbackRequest } from '@throughline/domain';
import type { FeedbackState } from './feedback-form';

type Send = (goalId: string, body: CreateFeedbackRequest) => Promise<unknown>;
type Translate = (text: string, params?: Readonly<Record<string, string | number>>) => string;

/** Each goal's feedback state for a page: checks the message, sends it, and turns the server's answer into words. */
export class FeedbackSender {
  private readonly states = signal<Readonly<Record<string, FeedbackState>>>({});

  constructor(
    private readonly post: Send,
    private readonly t: Translate,
  ) {}

  stateOf(goalId: string): FeedbackState {
    return this.states()[goalId] ?? { sending: false, sent: false };
  }

  async send(goalId: string, body: CreateFeedbackRequest): Promise<void> {
    if (!body.message.trim()) {
      this.set(goalId, { sending: false, sent: false, fields: { message: this.t('Please write a message.') } });
      return;
    }
    this.set(goalId, { sending: true, sent: false });
    try {
      await this.post(goalId, body);
      this.set(goalId, { sending: false, sent: true });
    } catch (error) {
      this.set(goalId, { sending: false, sent: false, ...this.explain(error as HttpErrorResponse) });
    }
  }

  private explain(error: HttpErrorResponse): Pick<FeedbackState, 'message' | 'fields'> {
    if (error.status === 429) {
      const minutes = Math.max(1, Math.ceil(Number(error.headers?.get('Retry-After') ?? 600) / 60));
      return { message: this.t('Thank you: we have received several messages from you. Please try again in {minutes} minutes.', { minutes }) };
    }
    if (error.status === 400) {
      const errors = (error.error as { errors?: { field: string }[] } | null)?.errors ?? [];
      const fields: Record<string, string> = {};
      for (const e of errors) {
        fields[e.field] = e.field === 'email' ? this.t('Please check the email address.') : this.t('Please check this field (1–2000 characters).');
      }
      return errors.length ? { fields } : { message: this.t('Please check your message and try again.') };
    }
    if (error.status === 404) return { message: this.t('This goal no longer takes feedback.') };
    return { message: this.t('Your feedback could not be sent. Please try again later.') };
  }

  private set(goalId: string, state: FeedbackState): void {
    this.states.update((all) => ({ ...all, [goalId]: state }));
  }
}
