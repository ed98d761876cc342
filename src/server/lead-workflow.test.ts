import { describe, expect, it } from 'vitest';
import { checkTransition } from './lead-workflow.ts';

describe('the lead workflow', () => {
  it('allows each step forward and one back', () => {
    expect(() => checkTransition('new', 'in_review', undefined)).not.toThrow();
    expect(() => checkTransition('in_review', 'developed', undefined)).not.toThrow();
    expect(() => checkTransition('developed', 'approved', undefined)).not.toThrow();
    expect(() => checkTransition('approved', 'disseminated', undefined)).not.toThrow();
    expect(() => checkTransition('approved', 'developed', undefined)).not.toThrow();
  });

  it('refuses skipping steps and leaving dissemination', () => {
    expect(() => checkTransition('new', 'approved', undefined)).toThrow(/cannot become approved/);
    expect(() => checkTransition('disseminated', 'in_review', undefined)).toThrow(/nothing \(final\)/);
  });

  it('requires a reason to discard', () => {
    expect(() => checkTransition('in_review', 'discarded', undefined)).toThrow(/reason is required/);
    expect(() => checkTransition('in_review', 'discarded', 'duplicate of another lead')).not.toThrow();
  });
});
