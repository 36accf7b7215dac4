namespace Studio.Domain.Crud;

/// <summary>Where a page of a list stands: its number (from 1), its size and the count of every matching row.</summary>
public sealed record CrudPage(int Page, int Limit, int Total)
{
    public int NbPages => Limit > 0 ? (int)(((long)Total + Limit - 1) / Limit) : 0;

    /// <summary>The rows before the page; 64 bits, as a huge page or limit is a page past the end, never an overflow.</summary>
    public long Offset => Math.Max((long)Page - 1, 0) * Limit;
}
