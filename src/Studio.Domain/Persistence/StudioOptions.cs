namespace Studio.Domain.Persistence;

/// <summary>The <c>Studio</c> configuration section.</summary>
public sealed class StudioOptions
{
    public const string Section = "Studio";

    /// <summary>Holds the SQLite file, media files and keys (<c>Studio__DataDirectory</c>).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c> with <c>ConnectionStrings:Studio</c>.</summary>
    public string Database { get; set; } = "sqlite";

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
