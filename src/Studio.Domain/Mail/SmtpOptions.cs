namespace Studio.Domain.Mail;

/// <summary>
/// The mail server Studio sends its e-mails through (<c>Studio:Smtp:*</c>, e.g. <c>Studio__Smtp__Host</c>). Without a
/// host nothing is sent, and what needs an e-mail (an invitation) says so.
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>Signs in with this account when set.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary><c>Auto</c> (TLS when the server offers it), <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "Auto";

    /// <summary>The sender, an address or <c>Name &lt;address&gt;</c>.</summary>
    public string From { get; set; } = "Studio <no-reply@localhost>";
}
