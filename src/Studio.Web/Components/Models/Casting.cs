using Studio.Domain.Breakdown;

namespace Studio.Web.Components.Models;

/// <summary>One asset cast in a shot (or an episode): how many times, and its label (fixed, animate…).</summary>
public sealed record CastItem(Guid AssetId, string AssetName, string? AssetType, int Occurrences, string? Label, Guid? PreviewFileId)
{
    public static CastItem From(CastAsset c) => new(c.AssetId, c.AssetName, c.AssetTypeName, Math.Max(1, c.NbOccurences ?? 0), c.Label, c.PreviewFileId);

    public CastingEntry ToEntry() => new(AssetId, Occurrences, Label);
}

/// <summary>Editing a casting: adding an asset again counts one more occurrence; removing the last occurrence uncasts it.</summary>
public static class CastingEdit
{
    public static List<CastItem> Add(IReadOnlyList<CastItem> casting, Guid assetId, string name, string? type, Guid? preview, int count = 1)
    {
        var list = casting.ToList();
        var index = list.FindIndex(c => c.AssetId == assetId);
        if (index >= 0)
        {
            list[index] = list[index] with { Occurrences = list[index].Occurrences + count };
        }
        else
        {
            list.Add(new CastItem(assetId, name, type, count, null, preview));
        }

        return list;
    }

    public static List<CastItem> Remove(IReadOnlyList<CastItem> casting, Guid assetId, bool all = false)
    {
        var list = casting.ToList();
        var index = list.FindIndex(c => c.AssetId == assetId);
        if (index < 0)
        {
            return list;
        }

        if (all || list[index].Occurrences <= 1)
        {
            list.RemoveAt(index);
        }
        else
        {
            list[index] = list[index] with { Occurrences = list[index].Occurrences - 1 };
        }

        return list;
    }

    /// <summary>A casting as the domain replaces it.</summary>
    public static List<CastingEntry> ToEntries(IEnumerable<CastItem> casting) => [.. casting.Select(c => c.ToEntry())];
}
