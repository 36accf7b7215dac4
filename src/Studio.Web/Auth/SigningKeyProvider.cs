using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Studio.Domain.Persistence;

namespace Studio.Web.Auth;

/// <summary>
/// The installation's token signing key: 64 random bytes generated on first use and kept in
/// <c>&lt;data&gt;/keys/jwt-signing.key</c>. There is no default secret (one of Zou's past holes).
/// </summary>
public sealed class SigningKeyProvider(IOptions<StudioOptions> options)
{
    private readonly Lazy<SymmetricSecurityKey> key = new(() => Load(options.Value.FullDataDirectory));

    public SymmetricSecurityKey Key => key.Value;

    private static SymmetricSecurityKey Load(string dataDirectory)
    {
        var directory = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(directory, "jwt-signing.key");
        Directory.CreateDirectory(directory);
        if (!File.Exists(path))
        {
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                using var writer = new StreamWriter(stream);
                writer.Write(fresh);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
