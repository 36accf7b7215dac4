using Studio.Domain.Breakdown;

namespace Studio.Web.Components.Models;

/// <summary>A sequence of a production and the episode it belongs to, if the production has episodes.</summary>
public sealed record SequenceView(Guid Id, string Name, Guid? EpisodeId, string? EpisodeName)
{
    /// <summary>The sequences of a plain list, each with the name of its episode among <paramref name="episodes"/>.</summary>
    public static List<SequenceView> Read(IEnumerable<ListedEntity> sequences, IReadOnlyCollection<NamedView> episodes) =>
        [.. sequences.Select(l => l.Entity).Select(s => new SequenceView(s.Id, s.Name, s.ParentId, episodes.FirstOrDefault(e => e.Id == s.ParentId)?.Name))
            .OrderBy(s => s.EpisodeName ?? "", StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// The choices of a sequence filter: only the chosen episode's sequences when an episode is chosen; a sequence
    /// is named with its episode (<c>E01 / SQ01</c>) when the choices span several episodes, since two episodes may
    /// each have an SQ01.
    /// </summary>
    public static List<NamedView> Choices(IEnumerable<SequenceView> sequences, Guid? episode)
    {
        var offered = sequences.Where(s => episode is null || s.EpisodeId == episode).ToList();
        var spans = offered.Select(s => s.EpisodeId).Distinct().Count() > 1;
        return [.. offered.Select(s => new NamedView(s.Id, spans ? EntityFullNames.Of("Sequence", null, s.Name, s.EpisodeName, null) : s.Name))];
    }
}
