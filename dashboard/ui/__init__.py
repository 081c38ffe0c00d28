"""What ties the pure parts to Streamlit: the current extract, caching and the page frame."""
