using Studio.Domain.Breakdown;
using Studio.Web.Components.Models;

namespace Studio.Tests.Unit.Domain.Breakdown;

/// <summary>The full name that tells entities apart: a TV show's shot carries its episode, as in Zou.</summary>
public sealed class EntityFullNamesTests
{
    [Theory]
    [InlineData("Shot", null, "SH010", "SQ01", "E01", "E01 / SQ01 / SH010")]
    [InlineData("Shot", null, "SH010", "SQ01", null, "SQ01 / SH010")]
    [InlineData("Sequence", null, "SQ01", "E01", null, "E01 / SQ01")]
    [InlineData("Sequence", null, "SQ01", null, null, "SQ01")]
    [InlineData("Episode", null, "E01", null, null, "E01")]
    [InlineData("Asset", "Character", "Hero", null, null, "Character / Hero")]
    public void FullName_NamesTheParentsFromTheEpisodeDown(string kind, string? typeName, string name, string? parent, string? grandparent, string expected) =>
        Assert.Equal(expected, EntityFullNames.Of(kind, typeName, name, parent, grandparent));

    [Fact]
    public void SequenceChoices_NarrowToTheChosenEpisode_AndNameTheEpisodeWhenTheySpanSeveral()
    {
        var (e01, e02) = (Guid.NewGuid(), Guid.NewGuid());
        SequenceView[] sequences = [new(Guid.NewGuid(), "SQ01", e01, "E01"), new(Guid.NewGuid(), "SQ01", e02, "E02"), new(Guid.NewGuid(), "SQ02", e02, "E02")];

        Assert.Equal(["E01 / SQ01", "E02 / SQ01", "E02 / SQ02"], SequenceView.Choices(sequences, null).Select(s => s.Name));
        Assert.Equal(["SQ01", "SQ02"], SequenceView.Choices(sequences, e02).Select(s => s.Name));
        Assert.Equal(sequences[1].Id, SequenceView.Choices(sequences, e02)[0].Id);
    }
}
