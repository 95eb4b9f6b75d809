/**
 * The gate and the form cycle every management screen shares. A screen is open to a signed-in
 * user whose role has its capability (`core/permissions.ts`, the same table the services
 * authorise with): anyone else is sent to sign in, a role without it gets the 403 page, and a
 * form it sends changes nothing. A form then checks the session's CSRF token, runs one service
 * call, and either redirects with a notice (Post/Redirect/Get), shows a page of its own (a
 * secret shown once), or — on a Midad error — shows its page again with the problem and what
 * was typed.
 */
import type { FastifyReply, FastifyRequest, RouteGenericInterface } from 'fastify';
import type { VNode } from 'preact';
import { can, type Capability } from '../../core/permissions.js';
import { MidadError } from '../../errors.js';
import { checkSessionToken } from '../csrf.js';
import { formError, formFields, problemOf, type FormFields, type FormProblem } from '../forms.js';
import type { Pages } from '../pages.js';
import { isMember, signInPath, type MemberVisit } from '../sessions.js';
import type { PageContext } from '../views/page-context.js';
import { visitOf } from '../visit.js';

/** What a screen's handlers are given: who is there, and the page context to render with. */
export interface Screen<R extends RouteGenericInterface> {
  visit: MemberVisit;
  context: PageContext;
  request: FastifyRequest<R>;
  reply: FastifyReply;
}

/** A form's way back: the problem it met and what was typed, to show it again with. */
export interface Again {
  problem: FormProblem;
  values: FormFields;
}

/** A form's outcome: where to redirect (a path with its notice), or a page to show at once. */
export type Outcome = string | VNode;

/**
 * What a GET handler shows: a page, or a page with the problem its address brought (a choice
 * in the query that cannot be made), sent under the problem's status.
 */
export type Shown = VNode | { page: VNode; problem: FormProblem };

function isWithProblem(shown: Shown): shown is { page: VNode; problem: FormProblem } {
  return 'problem' in shown;
}

export class ManageScreens {
  constructor(private readonly pages: Pages) {}

  /** A GET handler for users whose role has `capability`. */
  page<R extends RouteGenericInterface = RouteGenericInterface>(
    capability: Capability,
    show: (screen: Screen<R>) => Promise<Shown>,
  ) {
    return async (request: FastifyRequest<R>, reply: FastifyReply) => {
      const screen = await this.open(capability, request, reply);
      if (!screen) return reply.redirect(signInPath(await visitOf(request)), 303);
      const shown = await show(screen);
      return isWithProblem(shown)
        ? this.pages.send(reply, shown.page, shown.problem)
        : this.pages.send(reply, shown);
    };
  }

  /**
   * A POST handler for users whose role has `capability`: the CSRF token, then `act`; a Midad
   * error shows `again` with the problem under its status (a broken rule 400, a forged form
   * 403, a section still in use 409).
   */
  form<R extends RouteGenericInterface = RouteGenericInterface>(
    capability: Capability,
    act: (screen: Screen<R>, fields: FormFields) => Promise<Outcome>,
    again: (screen: Screen<R>, again: Again) => Promise<VNode>,
  ) {
    return async (request: FastifyRequest<R>, reply: FastifyReply) => {
      const screen = await this.open(capability, request, reply);
      if (!screen) return reply.redirect(signInPath(await visitOf(request)), 303);
      const fields = formFields(request);
      try {
        checkSessionToken(request, screen.visit.member);
        const outcome = await act(screen, fields);
        if (typeof outcome === 'string') return reply.redirect(outcome, 303);
        return this.pages.send(reply, outcome);
      } catch (error) {
        const problem = problemOf(formError(error), screen.visit);
        const { _csrf: _token, ...values } = fields;
        return this.pages.send(reply, await again(screen, { problem, values }), problem);
      }
    };
  }

  /** The screen of a signed-in user who may; null for anyone not signed in. */
  private async open<R extends RouteGenericInterface>(
    capability: Capability,
    request: FastifyRequest<R>,
    reply: FastifyReply,
  ): Promise<Screen<R> | null> {
    const visit = await visitOf(request);
    if (!isMember(visit)) return null;
    if (!can(visit.member.actor, capability)) throw new MidadError('forbidden');
    return { visit, context: this.pages.context(request, visit), request, reply };
  }
}
