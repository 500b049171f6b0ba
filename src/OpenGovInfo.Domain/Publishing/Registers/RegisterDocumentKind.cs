namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>条例 第二十条（一）: the kinds of document kept in the register (Table 2 rows 规章 and 行政规范性文件).</summary>
public enum RegisterDocumentKind
{
    /// <summary>规章 (report item <c>regulations</c>).</summary>
    Regulation,

    /// <summary>行政规范性文件 (report item <c>normative_documents</c>).</summary>
    NormativeDocument,
}
