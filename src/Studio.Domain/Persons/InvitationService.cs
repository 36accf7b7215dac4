using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Auth;
using Studio.Domain.Common;
using Studio.Domain.Mail;
using Studio.Domain.Persistence;

namespace Studio.Domain.Persons;

/// <summary>
/// Invitations: an administrator sends a person an e-mail with a link to choose their password, or takes that link
/// to hand it over another way. The link holds a token of the invitation provider (a week long, as Zou's invitations).
/// </summary>
public sealed class InvitationService(UserManager<Person> users, StudioDbContext db, Mailer mailer, IOptions<StudioOptions> options)
{
    /// <summary>ZOU: <c>GET /actions/persons/&lt;id&gt;/invite</c>: e-mails the person a link to set their password.</summary>
    public async Task InviteAsync(Actor actor, Guid personId, Uri site, CancellationToken cancellationToken)
    {
        var person = await InviteeAsync(actor, personId, cancellationToken);
        if (!mailer.IsConfigured)
        {
            throw new WrongParameterException("E-mail is not configured: set Studio:Smtp:Host (and its port, account and sender) to send invitations.");
        }

        var link = await LinkAsync(person, site);
        var organisation = await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.CreatedAt).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "Studio";
        var name = string.IsNullOrWhiteSpace(person.FirstName) ? person.FullName : person.FirstName;
        var text = $"""
            Hello {name},

            You are invited to join {organisation} on Studio, its production tracker. Your login is your e-mail address,
            {person.Email}. Choose your password here (the link works for a week):

            {link}
            """;
        var html = $"""
            <p>Hello {WebUtility.HtmlEncode(name)},</p>
            <p>You are invited to join <strong>{WebUtility.HtmlEncode(organisation)}</strong> on Studio, its production tracker.
            Your login is your e-mail address, {WebUtility.HtmlEncode(person.Email)}.</p>
            <p><a href="{WebUtility.HtmlEncode(link)}">Choose your password</a> (the link works for a week).</p>
            """;
        await mailer.SendAsync(new Mail.Mail(person.Email!, person.FullName, $"{organisation} invites you to Studio", text, html), cancellationToken);
    }

    /// <summary>
    /// ZOU: <c>POST /actions/persons/&lt;id&gt;/reset-password-link</c>: the link of an invitation, for an administrator
    /// to share when e-mail is not an option. Not for a protected account other than the caller's own.
    /// </summary>
    public async Task<string> ResetLinkAsync(Actor actor, Guid personId, Uri site, CancellationToken cancellationToken)
    {
        var person = await InviteeAsync(actor, personId, cancellationToken);
        if (person.Id != actor.PersonId && PersonsService.IsProtected(options.Value, person))
        {
            throw new RuleViolationException("This account is protected: only its owner may change its password.");
        }

        return await LinkAsync(person, site);
    }

    private async Task<Person> InviteeAsync(Actor actor, Guid personId, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(actor);
        var person = await users.FindByIdAsync(personId.ToString()) ?? throw new NotFoundException();
        if (person.IsBot)
        {
            throw new PermissionDeniedException();
        }

        return string.IsNullOrWhiteSpace(person.Email) ? throw new WrongParameterException("This person has no e-mail address.") : person;
    }

    /// <summary>ZOU (Kitsu's page): <c>reset-change-password?email=…&amp;token=…&amp;type=new</c> on the site.</summary>
    private async Task<string> LinkAsync(Person person, Uri site)
    {
        var token = await users.GenerateUserTokenAsync(person, PasswordLogin.InvitationTokenProvider, UserManager<Person>.ResetPasswordTokenPurpose);
        var root = site.AbsoluteUri.EndsWith('/') ? site.AbsoluteUri : site.AbsoluteUri + "/";
        return $"{root}reset-change-password?email={Uri.EscapeDataString(person.Email!)}&token={Uri.EscapeDataString(token)}&type=new";
    }
}
