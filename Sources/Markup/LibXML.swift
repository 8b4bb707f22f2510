import CLibXML2

/// libxml2 2.9 fills its encoding handlers and other globals on first use, and two threads that both
/// find them empty race (the writer crashed looking up "UTF-8" while another thread did the same).
/// Every entry into libxml2 goes through `LibXML.ready`, which initialises it exactly once first.
public enum LibXML {
    public static let ready: Void = xmlInitParser()
}
