using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Studio.Domain.Common;
using Studio.Domain.Persistence;

namespace Studio.Domain.Mail;

/// <summary>An e-mail to one person, as plain text and HTML.</summary>
public sealed record Mail(string ToAddress, string ToName, string Subject, string Text, string Html);

/// <summary>The mail server could not take a message: not the caller's fault, but worth telling them.</summary>
public sealed class MailDeliveryException(string message) : DomainException(message);

/// <summary>Sends e-mails through the configured SMTP server (MailKit).</summary>
public sealed partial class Mailer(IOptions<StudioOptions> options, ILogger<Mailer> logger)
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Smtp.Host);

    /// <summary>Sends <paramref name="mail"/>; a server that refuses it or cannot be reached is a <see cref="MailDeliveryException"/>.</summary>
    public async Task SendAsync(Mail mail, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            throw new WrongParameterException("E-mail is not configured: set Studio:Smtp:Host (and its port, account and sender) to send e-mails.");
        }

        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(MailboxAddress.Parse(Smtp.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();

        using var client = new SmtpClient();
        try
        {
            var security = Enum.TryParse<SecureSocketOptions>(Smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
            await client.ConnectAsync(Smtp.Host!, Smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(Smtp.Username))
            {
                await client.AuthenticateAsync(Smtp.Username, Smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException or IOException
            or System.Net.Sockets.SocketException or MailKit.ServiceNotConnectedException)
        {
            LogFailed(logger, e, Smtp.Host!, Smtp.Port);
            throw new MailDeliveryException($"The e-mail could not be sent: the mail server {Smtp.Host}:{Smtp.Port} answered \"{e.Message}\".");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending an e-mail through {Host}:{Port} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string host, int port);
}
