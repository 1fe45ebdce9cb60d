// Vietnamese strings of the tự soi and góp ý steps, the speaker queue and timer, and the presenter view.
export const viLiveSpeech = {
  tabMember: 'Theo từng đảng viên',
  tabMatrix: 'Bảng tổng hợp',
  commentsCount: (n: number) => (n === 0 ? 'Chưa có ý kiến góp ý nào.' : `${n} ý kiến góp ý`),
  speakerTitle: 'Phát biểu',
  queueCount: (n: number) => (n === 0 ? 'Chưa có ai đăng ký phát biểu.' : `${n} người đang chờ`),
};
