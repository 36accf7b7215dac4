using Studio.Domain.Common;

namespace Studio.Domain.Settings;

/// <summary>A kind of output file (Cache, Geometry, Movie…).</summary>
public class OutputType : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [ZouRequired]
    public string ShortName { get; set; } = "";
}
