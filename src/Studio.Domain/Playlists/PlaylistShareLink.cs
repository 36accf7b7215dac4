using Studio.Domain.Common;

namespace Studio.Domain.Playlists;

/// <summary>A public link (token, optional password and expiration) to review a playlist without an account.</summary>
public class PlaylistShareLink : ZouEntity
{
    public string Token { get; set; } = "";

    public Guid PlaylistId { get; set; }

    public Guid CreatedBy { get; set; } // ZOU: a person id without the _id suffix.

    public DateTime? ExpirationDate { get; set; }

    public bool IsActive { get; set; } = true;

    public bool CanComment { get; set; } = true;

    /// <summary>A bcrypt hash, never serialized (the JSON carries <c>has_password</c> instead).</summary>
    [Sensitive]
    public string? Password { get; set; }
}
