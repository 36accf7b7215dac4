using Studio.Web.Components;
using Studio.Web.Components.Models;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>The lists' search language, sorting, casting edits and comment text, without a browser.</summary>
public sealed class UiLogicTests
{
    private static readonly List<EntityRow> Rows =
    [
        Asset("Hero", "Character", Task(Modeling, Wip, Jane)),
        Asset("Villain", "Character", Task(Modeling, Todo)),
        Asset("Sword", "Prop", Task(Modeling, Retake, Max), Task(Rigging, Todo)),
        Asset("Castle", "Environment"),
    ];

    [Theory]
    [InlineData("", "Castle,Hero,Sword,Villain")]
    [InlineData("her", "Hero")]
    [InlineData("-hero", "Castle,Sword,Villain")]
    [InlineData("type=Character", "Hero,Villain")]
    [InlineData("type=-Character", "Castle,Sword")]
    [InlineData("modeling=wip", "Hero")]
    [InlineData("Modeling=wip,retake", "Hero,Sword")]
    [InlineData("mod=-wip", "Sword,Villain")]
    [InlineData("modeling=assigned", "Hero,Sword")]
    [InlineData("modeling=unassigned", "Villain")]
    [InlineData("assignedto=[Jane Doe]", "Hero")]
    [InlineData("assignedto=[Max Power] rigging=todo", "Sword")]
    [InlineData("lighting=wip", "")]
    public void Search_FollowsKitsusLanguage(string search, string expected)
    {
        var found = EntitySearch.Parse(search, Reference, [Modeling, Rigging]).Apply(Rows).Select(r => r.Name).Order(StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(',', found));
    }

    [Fact]
    public void Sort_ByStatusPriority_PutsEntitiesWithoutTheTaskLast_AndToggles()
    {
        var byModeling = new EntitySort(Modeling.Id.ToString());

        Assert.Equal(["Villain", "Hero", "Sword", "Castle"], byModeling.Apply(Rows).Select(r => r.Name).ToArray());
        Assert.Equal(["Castle", "Sword", "Hero", "Villain"], byModeling.Toggle(Modeling.Id.ToString()).Apply(Rows).Select(r => r.Name).ToArray());
        Assert.Equal(["Villain", "Sword", "Hero", "Castle"], new EntitySort(EntitySort.ByName).Toggle(EntitySort.ByName).Apply(Rows).Select(r => r.Name).ToArray());
        Assert.Equal(["Hero", "Villain", "Castle", "Sword"], EntitySort.Default.Apply(Rows).Select(r => r.Name).ToArray());
    }

    [Fact]
    public void Casting_AddingAgainCountsAnOccurrence_RemovingTheLastUncasts()
    {
        var hero = Guid.NewGuid();
        var once = CastingEdit.Add([], hero, "Hero", "Character", null);
        var twice = CastingEdit.Add(once, hero, "Hero", "Character", null);
        var backToOnce = CastingEdit.Remove(twice, hero);

        Assert.Equal(1, once.Single().Occurrences);
        Assert.Equal(2, twice.Single().Occurrences);
        Assert.Equal(1, backToOnce.Single().Occurrences);
        Assert.Empty(CastingEdit.Remove(backToOnce, hero));
        Assert.Empty(CastingEdit.Remove(twice, hero, all: true));
        Assert.Equal([new Studio.Domain.Breakdown.CastingEntry(hero, 2)], CastingEdit.ToEntries(twice));
    }

    [Fact]
    public void CommentText_CutsMentionsOfTheMentionedOnly()
    {
        var runs = CommentText.Runs("@Jane Doe look, and @Bob too", ["Jane Doe"]);

        Assert.Equal([new CommentText.Run("@Jane Doe", true), new CommentText.Run(" look, and @Bob too", false)], runs);
        Assert.Equal([new CommentText.Run("no mention", false)], CommentText.Runs("no mention", ["Jane Doe"]));
    }

    [Theory]
    [InlineData("#f5f5f5", "#111111")]
    [InlineData("#22d160", "#111111")]
    [InlineData("#3273dc", "#ffffff")]
    [InlineData("#000", "#ffffff")]
    [InlineData("not a colour", "#111111")]
    public void StatusText_IsReadableOnTheStatusColour(string background, string text) => Assert.Equal(text, UiColors.TextOn(background));

    [Fact]
    public void AProgressStream_ReportsEveryByteRead()
    {
        var reports = new List<(long Read, long Length)>();
        using var stream = new ProgressStream(new MemoryStream(new byte[10_000]), 10_000, (read, length) => reports.Add((read, length)));

        stream.CopyTo(Stream.Null, 4096);

        Assert.Equal((10_000L, 10_000L), reports[^1]);
        Assert.True(reports.Count >= 3);
    }
}
