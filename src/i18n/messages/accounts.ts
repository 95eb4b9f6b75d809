/**
 * The words of newsroom accounts people read outside the newsroom's pages: role names, and
 * the invitation e-mail (written in the inviter's language, as the invitee has none yet).
 */

export const ar = {
  'role.administrator': 'مدير',
  'role.editor': 'محرر',
  'role.author': 'كاتب',
  'role.contributor': 'مساهم',

  'mail.invitation.subject': 'دعوة للانضمام إلى {siteName}',
  'mail.invitation.intro':
    'تلقّيت دعوة من {inviterName} للانضمام إلى فريق تحرير {siteName} بدور «{role}».',
  'mail.invitation.action': 'لقبول الدعوة وإنشاء حسابك، افتح هذا الرابط:',
  'mail.invitation.button': 'قبول الدعوة',
  'mail.invitation.expiry':
    'الرابط صالح لمدة {days, plural, one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}، ولا يُستعمل إلا مرة واحدة.',
  'mail.invitation.ignore': 'إن لم تكن تنتظر هذه الدعوة فتجاهل هذه الرسالة، ولن يُنشأ أي حساب.',
} as const;

export const en: Record<keyof typeof ar, string> = {
  'role.administrator': 'Administrator',
  'role.editor': 'Editor',
  'role.author': 'Author',
  'role.contributor': 'Contributor',

  'mail.invitation.subject': 'Invitation to join {siteName}',
  'mail.invitation.intro':
    '{inviterName} has invited you to join the {siteName} newsroom with the role “{role}”.',
  'mail.invitation.action': 'To accept the invitation and create your account, open this link:',
  'mail.invitation.button': 'Accept the invitation',
  'mail.invitation.expiry':
    'The link works for {days, plural, one {one day} other {# days}}, and only once.',
  'mail.invitation.ignore':
    'If you were not expecting this invitation, ignore this e-mail; no account will be created.',
};
