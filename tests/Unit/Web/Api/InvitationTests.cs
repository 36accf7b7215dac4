using System.Net;
using System.Text.RegularExpressions;
using Studio.Domain.Common;
using Studio.Tests.Unit.Builders;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Invitations through a real SMTP server: an administrator invites a person, the e-mail arrives with a link, the link
/// sets the password and the person signs in with it; the same link can be taken without e-mail.
/// </summary>
public sealed partial class InvitationTests(InvitationTests.World world) : IClassFixture<InvitationTests.World>
{
    [Fact]
    public async Task AnInvitation_ArrivesWithALink_ThatSetsThePassword()
    {
        var email = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/persons/{newcomer}")))!["email"]!.GetValue<string>();
        var before = world.Smtp.Messages().Count;

        var answer = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/actions/persons/{newcomer}/invite")))!;
        Assert.True(answer["success"]!.GetValue<bool>());
        Assert.Equal("Email sent", answer["message"]!.GetValue<string>());

        var message = world.Smtp.Messages().Skip(before).Single();
        Assert.Equal(email, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Test Newcomer", Assert.Single(message.To.Mailboxes).Name);
        Assert.Contains("invites you to Studio", message.Subject, StringComparison.Ordinal);
        Assert.Contains(email, message.TextBody, StringComparison.Ordinal);
        var link = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(link.Success, message.TextBody);
        Assert.Contains(link.Value.Replace("&", "&amp;", StringComparison.Ordinal), message.HtmlBody, StringComparison.Ordinal);

        // The link's page, then its token: the password is set and the newcomer signs in with it.
        var page = await world.Admin.Http.GetAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Choose your password", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link.Value).Query);
        Assert.Equal(email, query["email"]);
        Assert.Equal("new", query["type"]);
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/auth/reset-password",
            new { email, token = query["token"], password = "a-new-password", password2 = "a-new-password" });
        var signedIn = await world.Factory.LoginAsync(email, "a-new-password");
        Assert.Equal(world["newcomer"], (await signedIn.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated"))!["user"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAdministrator_TakesTheLink_WithoutEMail()
    {
        var link = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, world.Path("/actions/persons/{linked}/reset-password-link")))!["reset_password_link"]!.GetValue<string>();
        Assert.StartsWith("http://localhost/reset-change-password?email=", link, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/auth/reset-password",
            new { email = query["email"], token = query["token"], password = "linked-password", password2 = "linked-password" });
        await world.Factory.LoginAsync(query["email"]!, "linked-password");

        // A token is good once: the password change renews the security stamp it is tied to.
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, "/auth/reset-password",
            new { email = query["email"], token = query["token"], password = "another-password", password2 = "another-password" });
    }

    [Fact]
    public async Task OnlyAdministrators_InvitePeople_WhoAreNotBots()
    {
        var before = world.Smtp.Messages().Count;
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/actions/persons/{newcomer}/invite"));
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, world.Path("/actions/persons/{newcomer}/reset-password-link"));
        await world.Admin.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/actions/persons/{bot}/invite"));
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/actions/persons/{Guid.NewGuid()}/invite");
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/actions/persons/nobody/invite");
        Assert.Equal(before, world.Smtp.Messages().Count);
    }

    [Fact]
    public async Task NoLink_ForAProtectedAccount_AnUnknownPerson_OrAMalformedId()
    {
        var (status, body) = await world.Admin.SendAsync(HttpMethod.Post, world.Path("/actions/persons/{boss}/reset-password-link"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("This account is protected: only its owner may change its password.", body!["message"]!.GetValue<string>());
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/actions/persons/{Guid.NewGuid()}/reset-password-link");
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/actions/persons/nobody/reset-password-link");
    }

    [GeneratedRegex(@"http://localhost/reset-change-password\?\S+")]
    private static partial Regex LinkPattern();

    public sealed class World : StudioWorld
    {
        public SmtpServer Smtp { get; } = new();

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Smtp.Dispose();
        }

        protected override void Declare(StudioWorldBuilder world) => world
            .Setting("Studio:Smtp:Host", "127.0.0.1")
            .Setting("Studio:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Setting("Studio:Smtp:From", "Studio tests <studio@example.com>")
            .Setting("Studio:ProtectedAccounts:0", "boss@example.com")
            .Row("boss", "persons", new { first_name = "Big", last_name = "Boss", email = "boss@example.com", role = "admin" })
            .Person("manager", Roles.Manager)
            .Person("newcomer", Roles.User, "Test", "Newcomer")
            .Person("linked", Roles.User)
            .Person("bot", Roles.User)
            .Update("bot", "persons", new { is_bot = true });
    }
}
