import { AccountError, parseInput, type Checkout, type Plan, type PlanOption } from '../../api/index.js';
import * as z from 'zod/mini';
import { invalidField, type Backend } from './backend.js';

const planChoice = z.object({ planId: z.string('required').check(z.trim(), z.minLength(1, 'required')) });

export function getPlan(backend: Backend): Plan {
  backend.me();
  const { plan } = backend.state;
  const { limits } = currentOption(backend);
  return {
    id: plan.id,
    name: currentOption(backend).name,
    cycleStart: backend.iso(plan.cycleStart),
    cycleEnd: backend.iso(plan.cycleEnd),
    usage: {
      minutes: { used: plan.used.minutes, limit: limits.minutes },
      messages: { used: plan.used.messages, limit: limits.messages },
      groups: { used: plan.used.groups, limit: limits.groups },
      apiRequests: { used: plan.used.apiRequests, limit: limits.apiRequests },
    },
    salesChatUrl: plan.salesChatUrl,
  };
}

export function listPlans(backend: Backend): PlanOption[] {
  backend.me();
  return backend.state.plans.map((option) => ({ ...option, current: option.id === backend.state.plan.id }));
}

/**
 * Only admins buy (the pipeline checks the role). A plan sold by sales alone is `forbidden` here: the person may not buy it this
 * way, and the element should send them to sales instead.
 */
export function startCheckout(backend: Backend, planId: string): Checkout {
  const { planId: id } = parseInput(planChoice, { planId });
  const option = backend.state.plans.find((candidate) => candidate.id === id);
  if (!option) throw new AccountError('not_found', `No plan ${id}`);
  if (option.id === backend.state.plan.id) throw invalidField('planId', 'same_as_current');
  if (option.contactSales)
    throw new AccountError('forbidden', `The ${option.name} plan is sold by sales only`);
  return { url: `https://billing.example.com/checkout/${encodeURIComponent(option.id)}` };
}

function currentOption(backend: Backend): Omit<PlanOption, 'current'> {
  const option = backend.state.plans.find((candidate) => candidate.id === backend.state.plan.id);
  if (!option)
    throw new AccountError('not_found', `The plan in force (${backend.state.plan.id}) is not offered`);
  return option;
}
