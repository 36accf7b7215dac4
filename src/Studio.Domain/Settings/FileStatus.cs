using Studio.Domain.Common;

namespace Studio.Domain.Settings;

/// <summary>A status of an output file.</summary>
public class FileStatus : ZouEntity
{
    public string Name { get; set; } = "";

    public string Color { get; set; } = "";
}
