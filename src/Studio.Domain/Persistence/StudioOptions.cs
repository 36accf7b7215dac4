namespace Studio.Domain.Persistence;

/// <summary>The <c>Studio</c> configuration section.</summary>
public sealed class StudioOptions
{
    public const string Section = "Studio";

    /// <summary>Holds the SQLite file, media files and keys (<c>Studio__DataDirectory</c>).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c> with <c>ConnectionStrings:Studio</c>.</summary>
    public string Database { get; set; } = "sqlite";

    /// <summary>ZOU: <c>USER_LIMIT</c>, the most active people who are not bots (<c>Studio__UserLimit</c>).</summary>
    public int UserLimit { get; set; } = 100;

    /// <summary>ZOU: <c>PROTECTED_ACCOUNTS</c>, e-mails of accounts nobody else may deactivate, demote or re-password.</summary>
    public List<string> ProtectedAccounts { get; set; } = [];

    /// <summary>The largest comment attachment accepted, in bytes (<c>Studio__MaxAttachmentSize</c>); 100 MiB by default.</summary>
    public long MaxAttachmentSize { get; set; } = 100L * 1024 * 1024;

    /// <summary>The mail server (<c>Studio__Smtp__Host</c>, <c>__Port</c>, <c>__Username</c>, <c>__Password</c>, <c>__Security</c>, <c>__From</c>).</summary>
    public Mail.SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// The address people reach Studio at (<c>Studio__PublicUrl</c>, e.g. <c>https://studio.example.com/</c>), for the
    /// links of e-mails; the address of the request that sends one when unset.
    /// </summary>
    public string? PublicUrl { get; set; }

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
