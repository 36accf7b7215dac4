namespace Studio.Domain.Crud;

/// <summary>The allowed codes of Zou's choice columns and validated strings.</summary>
public static class ZouChoices
{
    public static readonly IReadOnlySet<string> ContractTypes = Set("open-ended", "fixed-term", "short-term", "freelance", "apprentice", "internship");

    public static readonly IReadOnlySet<string> DisplayDateFormats = Set("YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY");

    public static readonly IReadOnlySet<string> ProjectStyles = Set(
        "2d", "2dpaper", "3d", "2d3d", "ar", "vfx", "stop-motion", "motion-design", "archviz", "commercial", "catalog", "immersive", "nft", "video-game", "vr");

    public static readonly IReadOnlySet<string> EntityStatuses = Set("standby", "running", "complete", "canceled");

    public static readonly IReadOnlySet<string> MetadataDataTypes = Set("string", "number", "list", "taglist", "boolean", "checklist", "date", "url", "textarea", "person");

    private static HashSet<string> Set(params string[] codes) => new(codes, StringComparer.Ordinal);
}
