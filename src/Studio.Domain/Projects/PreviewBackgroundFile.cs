using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>An uploaded background image (HDR environment) for 3D previews.</summary>
public class PreviewBackgroundFile : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public bool Archived { get; set; }

    public bool IsDefault { get; set; }

    public string? OriginalName { get; set; }

    public string? Extension { get; set; }

    public long? FileSize { get; set; } = 0;
}
