using Studio.Domain.Common;

namespace Studio.Domain.Settings;

/// <summary>A status of an output file.</summary>
public class FileStatus : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [ZouRequired]
    public string Color { get; set; } = "";
}
