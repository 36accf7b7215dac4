using Bunit;
using Microsoft.AspNetCore.Components;
using Studio.Web.Components.Models;
using Studio.Web.Components.Pages.Tasks;
using static Studio.Tests.Unit.Web.Components.UiFixtures;

namespace Studio.Tests.Unit.Web.Components.Pages.Tasks;

/// <summary>A comment of the feed: mentions, status, attachments and replies; acknowledging it and answering it.</summary>
public sealed class CommentCardTests
{
    private static readonly CommentView Comment = new(Guid.NewGuid(), "@Jane Doe and @Modeling: fix the hands", DateTime.UtcNow.AddMinutes(-5), Max.Id, Max.FullName, Retake,
        false, false, [], [new AttachmentView(Guid.NewGuid(), "notes.pdf", "pdf", null)], [Jane.Id, Max.Id], [Jane.Id], [ModelingDepartment.Id],
        [new ReplyView(Guid.NewGuid(), "On it", Jane.Id, DateTime.UtcNow)], null);

    [Fact]
    public async Task CommentCard_HighlightsMentions_CountsAcknowledgements_AndListsReplies()
    {
        await using var ui = UiContext.Create();

        var card = ui.Render<CommentCard>(p => p.Add(c => c.Comment, Comment).Add(c => c.Catalog, Reference).Add(c => c.Me, Jane.Id));

        Assert.Equal(["@Jane Doe", "@Modeling"], card.FindAll(".studio-mention").Select(m => m.TextContent).ToArray());
        Assert.Equal("retake", card.Find(".studio-status").TextContent.Trim());
        var ack = card.Find("[data-acks]");
        Assert.Equal("2", ack.GetAttribute("data-acks"));
        Assert.Equal("true", ack.GetAttribute("aria-pressed"));
        Assert.Equal("Acknowledged by Jane Doe, Max Power", ack.GetAttribute("aria-label"));
        Assert.Equal("5 min ago", card.Find("header time").TextContent);
        Assert.EndsWith("/file/notes.pdf", card.Find(".studio-attachments a").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("On it", card.Find(".studio-replies").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledging_AndReplying_ReachThePanel()
    {
        await using var ui = UiContext.Create();
        Guid? acknowledged = null;
        (Guid Comment, string Text)? replied = null;
        var card = ui.Render<CommentCard>(p => p.Add(c => c.Comment, Comment).Add(c => c.Catalog, Reference).Add(c => c.Me, Max.Id)
            .Add(c => c.Acknowledge, EventCallback.Factory.Create<Guid>(this, id => acknowledged = id))
            .Add(c => c.Reply, EventCallback.Factory.Create<(Guid, string)>(this, r => replied = r)));

        card.Find("[data-acks]").Click();
        card.FindAll("footer button").Single(b => b.TextContent.Contains("Reply", StringComparison.Ordinal)).Click();
        var send = card.FindAll(".studio-reply-form button").Single(b => b.TextContent.Trim() == "Send");
        var disabledWhileEmpty = send.HasAttribute("disabled");
        card.Find(".studio-reply-form textarea").Input("  Thanks, on it.  ");
        card.FindAll(".studio-reply-form button").Single(b => b.TextContent.Trim() == "Send").Click();

        Assert.Equal(Comment.Id, acknowledged);
        Assert.True(disabledWhileEmpty);
        Assert.Equal((Comment.Id, "Thanks, on it."), replied);
        card.WaitForAssertion(() => Assert.Empty(card.FindAll(".studio-reply-form")));
    }
}
