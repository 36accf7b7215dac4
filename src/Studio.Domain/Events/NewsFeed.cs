namespace Studio.Domain.Events;

/// <summary>One page of a news feed, the number of news in the whole feed, and how many of its status changes set each status.</summary>
public sealed record NewsFeed(IReadOnlyList<NewsItem> Items, int Total, int Page, int Limit, IReadOnlyList<NewsStatusCount> Stats)
{
    public int Pages => (Total + Limit - 1) / Limit;

    /// <summary>How many news come before this page.</summary>
    public int Offset => (Page - 1) * Limit;
}
